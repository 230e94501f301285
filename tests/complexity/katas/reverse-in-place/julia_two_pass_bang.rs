// learner: optimal
// idiom: Julia-style: mem::take buffer, reverse_range! helper with two indices swapping inward, second pass fixing continuation runs with while loops
fn reverse_range(b: &mut [u8], mut i: usize, mut j: usize) {
    // reverses b[i..=j]
    while i < j {
        b.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn is_cont(x: u8) -> bool {
    x & 0xC0 == 0x80
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let n = bytes.len();
    if n == 0 {
        return;
    }
    reverse_range(&mut bytes, 0, n - 1);
    let mut i = 0;
    while i < n {
        if is_cont(bytes[i]) {
            let mut j = i;
            while j < n && is_cont(bytes[j]) {
                j += 1;
            }
            // bytes[j] is the lead byte
            reverse_range(&mut bytes, i, j);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    *s = String::from_utf8(bytes).unwrap();
}
