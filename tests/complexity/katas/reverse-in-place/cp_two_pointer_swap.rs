// learner: optimal
// idiom: competitive-programmer style: hand-written two-pointer swap loops (no slice::reverse), bit test on the top two bits, single-letter indices
fn rv(a: &mut [u8], mut i: usize, mut j: usize) {
    while i < j {
        a.swap(i, j);
        i += 1;
        j -= 1;
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut a = std::mem::take(s).into_bytes();
    let n = a.len();
    if n > 1 {
        rv(&mut a, 0, n - 1);
    }
    let mut i = 0usize;
    while i < n {
        let mut j = i;
        while a[j] >> 6 == 2 {
            j += 1;
        }
        if j > i {
            rv(&mut a, i, j);
        }
        i = j + 1;
    }
    *s = String::from_utf8(a).unwrap();
}
