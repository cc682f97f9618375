// sys.set_int_max_str_digits: the limit str(int) and int(str) enforce (CPython 3.12's
// default 4300 digits; 0 turns it off). One value for the whole VM.

export const intDigits = { limit: 4300 };

/** The threshold below which CPython refuses a limit other than 0. */
export const INT_DIGITS_THRESHOLD = 640;
