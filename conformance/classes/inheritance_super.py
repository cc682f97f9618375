# inheritance and super()
class Animal:
    def __init__(self, name): self.name = name
    def speak(self): return f'{self.name} makes a sound'
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self): return super().speak() + ' (woof)'
d = Dog('Rex', 'lab')
print(d.speak(), d.name, d.breed, isinstance(d, Animal), issubclass(Dog, Animal), Dog.__bases__, Dog.__name__)
