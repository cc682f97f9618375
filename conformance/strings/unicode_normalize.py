# unicodedata names, categories and normalization
import unicodedata
print(unicodedata.name('线'), unicodedata.name('é'), unicodedata.category('A'), unicodedata.category('线'), unicodedata.numeric('½'))
print(len(unicodedata.normalize('NFD', 'é')), unicodedata.normalize('NFC', 'e\u0301') == 'é', unicodedata.lookup('SNAKE'))
