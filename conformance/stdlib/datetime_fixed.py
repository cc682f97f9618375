# datetime arithmetic on fixed dates
from datetime import datetime, date, timedelta
d = datetime(2024, 2, 28, 12, 30)
print(d + timedelta(days=1), d.isoformat(), d.strftime('%d/%m/%Y'), date(2024, 3, 1) - date(2023, 3, 1), repr(timedelta(hours=25)))
print(date(2024, 1, 1).weekday(), date.fromisoformat('2000-01-02'), datetime.fromisoformat('2020-05-17T10:00'))
