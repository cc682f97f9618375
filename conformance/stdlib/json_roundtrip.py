# json dumps/loads with sort_keys, indent and non-ASCII
import json
obj = {'b': [1, 2.5, None, True], 'a': '线程', 'nested': {'x': 'y'}}
s = json.dumps(obj)
print(s)
print(json.dumps(obj, sort_keys=True, ensure_ascii=False, indent=2))
print(json.loads(s) == obj, json.loads('[1, "2", {"3": 4}]'))
try:
    json.loads('{bad}')
except json.JSONDecodeError as e:
    print(e)
