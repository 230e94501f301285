// learner: optimal
// idiom: Haxe game-dev style: fixed-seed xorshift pivot, explicit range stack (push larger, work on smaller), bottom-up ping-pong merge between two pooled arrays
struct XorShift {
    s: u64,
}

impl XorShift {
    #[inline]
    fn next(&mut self) -> u64 {
        let mut x = self.s;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.s = x;
        x
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = XorShift { s: 0x2545_F491_4F6C_DD1D };
    let mut stack: Vec<(usize, usize)> = Vec::new(); // half-open ranges
    let mut lo = 0usize;
    let mut hi = items.len();
    loop {
        if hi - lo <= 1 {
            match stack.pop() {
                Some((a, b)) => {
                    lo = a;
                    hi = b;
                    continue;
                }
                None => break,
            }
        }
        let p = lo + (rng.next() % (hi - lo) as u64) as usize;
        items.swap(lo, p);
        // three-way: [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot
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
        let left = (lo, lt);
        let right = (gt, hi);
        let (small, big) = if lt - lo < hi - gt { (left, right) } else { (right, left) };
        stack.push(big);
        lo = small.0;
        hi = small.1;
    }
}

#[inline]
fn merge_run<T: Ord + Clone>(src: &[T], dst: &mut [T], lo: usize, mid: usize, hi: usize) {
    let (mut a, mut b, mut k) = (lo, mid, lo);
    while k < hi {
        let take_left = a < mid && (b >= hi || src[a] <= src[b]);
        if take_left {
            dst[k] = src[a].clone();
            a += 1;
        } else {
            dst[k] = src[b].clone();
            b += 1;
        }
        k += 1;
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut pool: Vec<T> = items.to_vec();
    let mut in_pool = false; // where the current runs live
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if in_pool {
                merge_run(&pool, items, lo, mid, hi);
            } else {
                merge_run(items, &mut pool, lo, mid, hi);
            }
            lo = hi;
        }
        in_pool = !in_pool;
        width *= 2;
    }
    if in_pool {
        items.clone_from_slice(&pool);
    }
}
