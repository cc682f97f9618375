# sys module basics: version_info, argv length, platform-free checks
import sys
print(sys.version_info[:2], sys.version_info.major, sys.implementation.name, len(sys.argv), sys.argv[0].endswith('sys_basics.py'))
print(sys.byteorder in ('little', 'big'), sys.maxunicode, type(sys.path).__name__, 'sys' in sys.modules, sys.getdefaultencoding())
