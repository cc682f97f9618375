// The values library (src/python/values/) as the VM uses it: the VM imports
// these names from here only, so what it depends on is visible in one place.

export { floatRepr } from '../values/float-repr';
export { intHash, floatHash, strHash, tupleHash } from '../values/hashing';
export { intFloorDiv, intMod, floatMod, floatFloorDiv, intPow, floatPow, intTrueDiv, floatTrueDiv, intToFloat, roundFloat, roundInt, intFromString, floatFromString } from '../values/numbers';
export { strRepr } from '../values/str-repr';
export { PyFault } from '../values/fault';
export { formatFloat, formatInt, formatStr } from '../values/format-spec';
