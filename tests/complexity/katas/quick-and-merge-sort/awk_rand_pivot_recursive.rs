// learner: optimal
// idiom: awk/sed one-liner sysadmin: srand(seed)/rand() style pivot from a fixed-seed LCG, 3-way split on slices with split_at_mut, recurse small side; merge sort top-down, halves merged into a pushed tmp Vec
//! Quicksort and merge sort, written by hand: see README.md.

struct Rand(u64);

impl Rand {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn qs<T: Ord>(mut a: &mut [T], r: &mut Rand) {
    while a.len() > 1 {
        let p = r.next(a.len());
        a.swap(0, p);
        // [0] pivot | < | == | ? | >
        let (mut lt, mut i, mut gt) = (0, 1, a.len());
        while i < gt {
            match a[i].cmp(&a[lt]) {
                std::cmp::Ordering::Less => {
                    a.swap(i, lt);
                    lt += 1;
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    gt -= 1;
                    a.swap(i, gt);
                }
                std::cmp::Ordering::Equal => i += 1,
            }
        }
        let (l, rest) = a.split_at_mut(lt);
        let (_, g) = rest.split_at_mut(gt - lt);
        if l.len() < g.len() {
            qs(l, r);
            a = g;
        } else {
            qs(g, r);
            a = l;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut r = Rand(42);
    qs(items, &mut r);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let m = n / 2;
    merge_sort(&mut items[..m]);
    merge_sort(&mut items[m..]);
    let mut tmp = Vec::with_capacity(n);
    let (mut i, mut j) = (0, m);
    while i < m && j < n {
        if items[i] <= items[j] {
            tmp.push(items[i].clone());
            i += 1;
        } else {
            tmp.push(items[j].clone());
            j += 1;
        }
    }
    tmp.extend_from_slice(&items[i..m]);
    tmp.extend_from_slice(&items[j..n]);
    items.clone_from_slice(&tmp);
}
