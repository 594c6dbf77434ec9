// For the meters pages (kit and baseline alike): counts AnalyserNode reads (a spy that calls
// through to getFloatTimeDomainData), so a run can say how much measuring each side did.
export function countReads() {
  const counter = { reads: 0 };
  const real = AnalyserNode.prototype.getFloatTimeDomainData;
  AnalyserNode.prototype.getFloatTimeDomainData = function (array) {
    counter.reads++;
    return real.call(this, array);
  };
  return () => counter.reads;
}
