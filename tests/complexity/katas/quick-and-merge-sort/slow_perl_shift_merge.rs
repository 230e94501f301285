// learner: slow
// why: merge_sort is O(n^2) time, target O(n log n): Perl `shift @left` habit, the merge takes the front item with Vec::remove(0), shifting the rest every time
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
    let v = msort(a.to_vec());
    a.clone_from_slice(&v);
}

fn msort<T: Ord + Clone>(mut v: Vec<T>) -> Vec<T> {
    if v.len() < 2 { return v; }
    let r = v.split_off(v.len() / 2);
    let mut l = msort(v);
    let mut r = msort(r);
    let mut out = Vec::with_capacity(l.len() + r.len());
    while !l.is_empty() && !r.is_empty() {
        if l[0] <= r[0] { out.push(l.remove(0)); } else { out.push(r.remove(0)); }
    }
    out.append(&mut l);
    out.append(&mut r);
    out
}
