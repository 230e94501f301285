// Memoised recursion whose table has no telling name: the lookup guards
// the calls, the result is stored after them.
// expect stairs: time O(n), space O(n)
// target stairs: time O(n), space O(n)
use std::collections::HashMap;
pub fn stairs(n: u64, ledger: &mut HashMap<u64, u64>) -> u64 {
    if n < 2 {
        return 1;
    }
    match ledger.get(&n) {
        Some(&known) => return known,
        None => {}
    }
    let total = stairs(n - 1, ledger) + stairs(n - 2, ledger);
    ledger.insert(n, total);
    total
}
