// learner: optimal
// idiom: Lua-style: fixed-seed RNG state struct for pivots, explicit work stack of (lo, hi) ranges (smaller part first), bottom-up merge sort with while loops and manual indices
struct Rng {
    state: u64,
}

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        (self.state % n as u64) as usize
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = Rng { state: 0x9E37_79B9_7F4A_7C15 };
    let mut work: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    let mut hi = items.len();
    loop {
        while hi - lo > 1 {
            let p = lo + rng.below(hi - lo);
            items.swap(lo, p);
            let mut lt = lo;
            let mut i = lo + 1;
            let mut gt = hi;
            while i < gt {
                if items[i] < items[lt] {
                    items.swap(lt, i);
                    lt += 1;
                    i += 1;
                } else if items[i] > items[lt] {
                    gt -= 1;
                    items.swap(i, gt);
                } else {
                    i += 1;
                }
            }
            // keep the larger part for later, carry on with the smaller one
            if lt - lo < hi - gt {
                work.push((gt, hi));
                hi = lt;
            } else {
                work.push((lo, lt));
                lo = gt;
            }
        }
        match work.pop() {
            Some((a, b)) => {
                lo = a;
                hi = b;
            }
            None => break,
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = if start + width < n { start + width } else { n };
            let end = if start + 2 * width < n { start + 2 * width } else { n };
            let mut i = start;
            let mut j = mid;
            let mut k = start;
            while i < mid && j < end {
                if items[j] < items[i] {
                    buf[k] = items[j].clone();
                    j += 1;
                } else {
                    buf[k] = items[i].clone();
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = items[i].clone();
                i += 1;
                k += 1;
            }
            while j < end {
                buf[k] = items[j].clone();
                j += 1;
                k += 1;
            }
            start += 2 * width;
        }
        items.clone_from_slice(&buf);
        width *= 2;
    }
}
