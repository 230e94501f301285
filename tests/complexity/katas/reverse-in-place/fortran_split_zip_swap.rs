// learner: optimal
// idiom: Fortran array-section style: split_at_mut halves swapped with iter_mut zip, position() to find the end of each continuation run
//! Reverse a UTF-8 string in place: see README.md.

fn is_cont(b: u8) -> bool {
    (b as i8) < -64 // 0x80..=0xBF
}

fn swap_halves(x: &mut [u8]) {
    let n = x.len();
    let (left, right) = x.split_at_mut(n / 2);
    let right = &mut right[n % 2..];
    for (l, r) in left.iter_mut().zip(right.iter_mut().rev()) {
        std::mem::swap(l, r);
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    swap_halves(&mut buf);
    let n = buf.len();
    let mut start = 0;
    while start < n {
        if !is_cont(buf[start]) {
            start += 1;
            continue;
        }
        let run = buf[start..].iter().position(|&b| !is_cont(b)).unwrap();
        let stop = start + run; // lead byte
        swap_halves(&mut buf[start..=stop]);
        start = stop + 1;
    }
    *s = String::from_utf8(buf).unwrap();
}
