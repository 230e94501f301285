// learner: optimal
// idiom: Perl-ish iterative: explicit (lo, hi) stack (push larger, keep smaller), xorshift fixed-seed random pivot, 3-way partition with manual counters; bottom-up merge sort ping-ponging between the slice and one buffer
pub fn quicksort<T: Ord>(a: &mut [T]) {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut st: Vec<(usize, usize)> = Vec::new();
    let (mut lo, mut hi) = (0usize, a.len());
    loop {
        while hi - lo > 1 {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17;
            let p = lo + (seed % (hi - lo) as u64) as usize;
            a.swap(lo, p);
            let (mut lt, mut i, mut gt) = (lo, lo + 1, hi);
            while i < gt {
                if a[i] < a[lt] { a.swap(lt, i); lt += 1; i += 1; }
                else if a[i] > a[lt] { gt -= 1; a.swap(i, gt); }
                else { i += 1; }
            }
            if lt - lo < hi - gt { st.push((gt, hi)); hi = lt; }
            else { st.push((lo, lt)); lo = gt; }
        }
        match st.pop() { Some((l, h)) => { lo = l; hi = h; } None => break }
    }
}

fn pass<T: Ord + Clone>(src: &[T], dst: &mut [T], w: usize) {
    let n = src.len();
    let mut s = 0;
    while s < n {
        let m = (s + w).min(n);
        let e = (s + 2 * w).min(n);
        let (mut i, mut j, mut k) = (s, m, s);
        while k < e {
            if j >= e || (i < m && src[i] <= src[j]) { dst[k] = src[i].clone(); i += 1; }
            else { dst[k] = src[j].clone(); j += 1; }
            k += 1;
        }
        s = e;
    }
}

pub fn merge_sort<T: Ord + Clone>(a: &mut [T]) {
    let n = a.len();
    if n < 2 { return; }
    let mut b = a.to_vec();
    let mut w = 1;
    let mut in_b = false;
    while w < n {
        if in_b { pass(&b, a, w); } else { pass(a, &mut b, w); }
        in_b = !in_b;
        w *= 2;
    }
    if in_b { a.clone_from_slice(&b); }
}
