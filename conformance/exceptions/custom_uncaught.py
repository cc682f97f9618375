# uncaught custom exception in a nested call prints a multi-frame traceback
class InsufficientFunds(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f'balance {balance} < {amount}')
    return balance - amount
def main():
    b = withdraw(100, 30)
    print('left', b)
    withdraw(b, 500)
main()
