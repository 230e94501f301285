// learner: optimal
// idiom: iterative quicksort with an explicit stack of ranges (push larger, continue smaller), xorshift pivot; bottom-up ping-pong merge sort with index loops
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
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    let mut stack: Vec<(usize, usize)> = Vec::new(); // half-open ranges
    let (mut lo, mut hi) = (0usize, items.len());
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
        let p = lo + rng.below(hi - lo);
        items.swap(lo, p);
        // three-way partition; items[lt] is always equal to the pivot
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
        // left part lo..lt, right part gt..hi
        if lt - lo < hi - gt {
            stack.push((gt, hi));
            hi = lt;
        } else {
            stack.push((lo, lt));
            lo = gt;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut a: Vec<T> = items.to_vec();
    let mut b: Vec<T> = items.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if a[i] <= a[j] {
                    b[k] = a[i].clone();
                    i += 1;
                } else {
                    b[k] = a[j].clone();
                    j += 1;
                }
                k += 1;
            }
            while i < mid {
                b[k] = a[i].clone();
                i += 1;
                k += 1;
            }
            while j < end {
                b[k] = a[j].clone();
                j += 1;
                k += 1;
            }
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    items.clone_from_slice(&a);
}
