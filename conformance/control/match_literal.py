# match with literal patterns and wildcard
def http(code):
    match code:
        case 200:
            return 'OK'
        case 404:
            return 'Not Found'
        case 'teapot' | 418:
            return "I'm a teapot"
        case None:
            return 'none'
        case _:
            return 'other'
print([http(c) for c in (200, 404, 418, 'teapot', None, 500)])
