// learner: optimal
// idiom: iterator-heavy: split_at_mut halves swapped with iter_mut().zip(iter_mut().rev()), then chunk runs fixed with position() on the remaining slice
pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    {
        let half = buf.len() / 2;
        let (left, right) = buf.split_at_mut(half);
        let right_len = right.len();
        let right = &mut right[right_len - half..];
        left.iter_mut().zip(right.iter_mut().rev()).for_each(|(a, b)| std::mem::swap(a, b));
    }
    let mut rest: &mut [u8] = &mut buf[..];
    loop {
        match rest.iter().position(|&b| b & 0xC0 != 0x80 ) {
            None => break,
            Some(lead) => {
                let (run, tail) = std::mem::take(&mut rest).split_at_mut(lead + 1);
                run.reverse();
                rest = tail;
            }
        }
    }
    *s = String::from_utf8(buf).expect("reversal keeps UTF-8 valid");
}
