// A stack filled with a number's base-62 digits by a dividing loop, then
// drained with `while let Some(..) = stack.pop()`: the drain runs as many
// rounds as the stack holds (log n), not n as a work list refilled in the
// loop would; `with_capacity(stack.len())` reserves as much.
// expect encode: time O(log n), space O(log n)
// target encode: time O(log n), space O(log n)
const ALPHABET: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

pub fn encode(id: u64) -> String {
    let mut stack = Vec::new();
    let mut n = id;
    loop {
        stack.push(ALPHABET[(n % 62) as usize]);
        n /= 62;
        if n == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(stack.len());
    while let Some(b) = stack.pop() {
        out.push(b as char);
    }
    out
}
