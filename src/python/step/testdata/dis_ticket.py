ticket = 5
def sell():
    global ticket
    ticket -= 1
sell()
ticket -= 1
