// A `while` that stops a constant distance from where it started reads a
// constant number of bytes, whatever the length of the input.
// expect number_at: time O(1), space O(1)
// expect numbers: time O(n), space O(1)
pub fn numbers(b: &[u8]) -> u64 {
    let mut total = 0;
    for i in 0..b.len() {
        if i == 0 || !b[i - 1].is_ascii_digit() {
            total += number_at(b, i).unwrap_or(0);
        }
    }
    total
}

/// The number of at most 9 digits starting at `i`.
fn number_at(b: &[u8], i: usize) -> Option<u64> {
    let mut digits = [0u8; 9];
    let mut end = i;
    while end < b.len() && end - i < 9 && b[end].is_ascii_digit() {
        digits[end - i] = b[end];
        end += 1;
    }
    let text = std::str::from_utf8(&digits[..end - i]).ok()?;
    parse(text)
}

fn parse(s: &str) -> Option<u64> {
    let mut n = 0u64;
    for c in s.bytes() {
        n = n * 10 + u64::from(c - b'0');
    }
    (!s.is_empty()).then_some(n)
}

// `j` starts at 0, not at `i`: `j < i + 9` lets it run over the first i bytes.
// expect prefix_sum: time O(n), space O(1)
pub fn prefix_sum(b: &[u8], i: usize) -> u64 {
    let mut total = 0;
    let mut j = 0;
    while j < b.len() && j < i + 9 {
        total += u64::from(b[j]);
        j += 1;
    }
    total
}
