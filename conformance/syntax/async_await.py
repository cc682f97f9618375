# async def, await, async for, async with and asyncio.gather parse and run
import asyncio
class Res:
    async def __aenter__(self): print('aenter'); return self
    async def __aexit__(self, *a): print('aexit')
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0.01 * (3 - x))
    return x * 2
async def main():
    async with Res():
        print([i async for i in agen(3)])
    print(await asyncio.gather(*(double(i) for i in range(3))))
asyncio.run(main())
