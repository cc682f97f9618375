# float formatting with format specs
x = 1234.5678
print(f'{x:.2f}|{x:10.1f}|{x:<10.3f}|{x:e}|{x:.3E}|{x:g}|{x:,.2f}|{x:+.1f}|{-x:.0f}')
print(f'{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {1e-10:g} {1e16:g} {123456789.0:g} {0.25:%} {0.256:.1%}')
