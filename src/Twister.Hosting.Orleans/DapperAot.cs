// Dapper.AOT generates every Dapper call's row reader at build time: no reflection, NativeAOT-safe.
[module: Dapper.DapperAot]
