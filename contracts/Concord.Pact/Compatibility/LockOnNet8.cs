// .NET 9 added System.Threading.Lock, which the lock statement uses without a monitor. On net8.0 the same
// fields are plain objects: `lock` works on both, so the code says Lock once and stays the same for each target.
#if !NET9_0_OR_GREATER
global using Lock = System.Object;
#endif
