// learner: optimal
// idiom: Unity C# game developer: the README's two-pass trick with a small ReverseRange helper (like Array.Reverse(arr, index, length)), byte-level index loops
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses bytes[start..end] in place, like C#'s Array.Reverse(array, index, length).
fn reverse_range(bytes: &mut [u8], start: usize, end: usize) {
    let (mut i, mut j) = (start, end);
    while i + 1 < j {
        bytes.swap(i, j - 1);
        i += 1;
        j -= 1;
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0b1100_0000 == 0b1000_0000
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let len = bytes.len();
    // pass 1: flip every byte
    reverse_range(&mut bytes, 0, len);
    // pass 2: each char is now "continuation bytes... lead byte"; flip each of those runs back
    let mut start = 0;
    while start < len {
        let mut end = start;
        while is_continuation(bytes[end]) {
            end += 1;
        }
        // bytes[end] is the lead byte of this char
        reverse_range(&mut bytes, start, end + 1);
        start = end + 1;
    }
    *s = String::from_utf8(bytes).expect("reversing whole chars keeps valid UTF-8");
}
