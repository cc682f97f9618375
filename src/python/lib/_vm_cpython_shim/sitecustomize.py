# Run by CPython's site at start-up when the check script puts this folder on PYTHONPATH.
import _shim_real
_shim_real.install()
