// The generated types, imported by package name as an app would (README, Frameworks).
import type {} from 'mediastream-elements/types/jsx';
