// learner: optimal
// idiom: no recursion at all: quicksort with an explicit range stack (larger part pushed, smaller processed) and an xorshift pivot; bottom-up ping-pong merge sort
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut pending: Vec<(usize, usize)> = Vec::new(); // half-open ranges, at most log2 n deep
    let (mut lo, mut hi) = (0usize, items.len());
    loop {
        if hi - lo <= 1 {
            match pending.pop() {
                Some((a, b)) => {
                    lo = a;
                    hi = b;
                    continue;
                }
                None => break,
            }
        }
        let pick = lo + rng.below(hi - lo);
        items.swap(lo, pick);
        // three-way partition of items[lo..hi] around items[lo]
        let mut lt = lo;
        let mut i = lo + 1;
        let mut gt = hi;
        while i < gt {
            if items[i] < items[lt] {
                items.swap(i, lt);
                lt += 1;
                i += 1;
            } else if items[i] > items[lt] {
                gt -= 1;
                items.swap(i, gt);
            } else {
                i += 1;
            }
        }
        // [lo, lt) smaller, [lt, gt) equal, [gt, hi) larger
        if lt - lo < hi - gt {
            pending.push((gt, hi));
            hi = lt;
        } else {
            pending.push((lo, lt));
            lo = gt;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut other: Vec<T> = items.to_vec();
    let mut in_items = true; // where the current runs live
    let mut width = 1;
    while width < n {
        {
            let (src, dst): (&[T], &mut [T]) =
                if in_items { (&*items, &mut other[..]) } else { (&other[..], &mut *items) };
            let mut start = 0;
            while start < n {
                let mid = (start + width).min(n);
                let end = (start + 2 * width).min(n);
                let (mut i, mut j) = (start, mid);
                for k in start..end {
                    if j >= end || (i < mid && src[i] <= src[j]) {
                        dst[k] = src[i].clone();
                        i += 1;
                    } else {
                        dst[k] = src[j].clone();
                        j += 1;
                    }
                }
                start = end;
            }
        }
        in_items = !in_items;
        width *= 2;
    }
    if !in_items {
        items.clone_from_slice(&other);
    }
}
