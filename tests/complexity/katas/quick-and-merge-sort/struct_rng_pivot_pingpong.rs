// learner: optimal
// idiom: impl-block helpers: fixed-seed xorshift pivot and Dijkstra three-way partition in a QuickSorter struct; merge sort ping-pongs top-down between slice and buffer
use std::cmp::Ordering;

struct Xorshift(u64);

impl Xorshift {
    fn below(&mut self, n: usize) -> usize {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x % n as u64) as usize
    }
}

struct QuickSorter {
    rng: Xorshift,
}

impl QuickSorter {
    fn run<T: Ord>(&mut self, mut v: &mut [T]) {
        while v.len() > 1 {
            let pivot = self.rng.below(v.len());
            v.swap(0, pivot);
            let (lt, gt) = Self::three_way(v);
            let (left, tail) = v.split_at_mut(lt);
            let right = &mut tail[gt - lt..];
            if left.len() < right.len() {
                self.run(left);
                v = right;
            } else {
                self.run(right);
                v = left;
            }
        }
    }

    /// returns [lt, gt): the block equal to v[0]'s value after partitioning
    fn three_way<T: Ord>(v: &mut [T]) -> (usize, usize) {
        let mut lt = 0;
        let mut gt = v.len();
        let mut i = 1;
        while i < gt {
            match v[i].cmp(&v[lt]) {
                Ordering::Less => {
                    v.swap(i, lt);
                    lt += 1;
                    i += 1;
                }
                Ordering::Equal => i += 1,
                Ordering::Greater => {
                    gt -= 1;
                    v.swap(i, gt);
                }
            }
        }
        (lt, gt)
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut sorter = QuickSorter { rng: Xorshift(0x2545_F491_4F6C_DD1D) };
    sorter.run(items);
}

/// Sort `src` into `dst`; both hold the same items on entry.
fn sort_into<T: Ord + Clone>(src: &mut [T], dst: &mut [T]) {
    let n = src.len();
    if n <= 1 {
        if n == 1 {
            dst[0] = src[0].clone();
        }
        return;
    }
    let mid = n / 2;
    {
        // sort each half of dst back into src, then merge src halves into dst
        let (s_lo, s_hi) = src.split_at_mut(mid);
        let (d_lo, d_hi) = dst.split_at_mut(mid);
        sort_into(d_lo, s_lo);
        sort_into(d_hi, s_hi);
    }
    let (a, b) = src.split_at(mid);
    let (mut i, mut j) = (0, 0);
    for slot in dst.iter_mut() {
        let use_a = j >= b.len() || (i < a.len() && a[i] <= b[j]);
        if use_a {
            *slot = a[i].clone();
            i += 1;
        } else {
            *slot = b[j].clone();
            j += 1;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut copy: Vec<T> = items.to_vec();
    sort_into(&mut copy, items);
}
