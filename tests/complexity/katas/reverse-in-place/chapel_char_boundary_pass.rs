// learner: optimal
// idiom: Chapel HPC programmer: first pass over the string's own char boundaries (a strided domain of starts) flipping each char block, then a symmetric pairwise swap loop over the half domain
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let n = s.len();
    let mut bytes = std::mem::take(s).into_bytes();
    // pass 1: walk char starts by the UTF-8 lead-byte width
    let mut start = 0usize;
    while start < n {
        let lead = bytes[start];
        let width = if lead < 0x80 {
            1
        } else {
            lead.leading_ones() as usize
        };
        let block = &mut bytes[start..start + width];
        block.reverse();
        start += width;
    }
    // pass 2: forall i in 0..<n/2 do A[i] <=> A[n-1-i]
    for i in 0..n / 2 {
        bytes.swap(i, n - 1 - i);
    }
    *s = String::from_utf8(bytes).expect("valid utf8 after both passes");
}
