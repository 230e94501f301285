// learner: optimal
// idiom: functional-leaning: Hoare partition with a pseudo-random pivot from a struct-held xorshift, recursion on the smaller side only; top-down merge sort returning merged Vec from a recursive helper over slices with one shared scratch
//! Quicksort and merge sort.

struct Rand(u64);

impl Rand {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 7;
        self.0 ^= self.0 >> 9;
        (self.0 % n as u64) as usize
    }
}

fn hoare<T: Ord>(a: &mut [T], rng: &mut Rand) -> usize {
    let p = rng.below(a.len());
    a.swap(0, p);
    let mut i = 1usize;
    let mut j = a.len() - 1;
    loop {
        while i <= j && a[i] < a[0] {
            i += 1;
        }
        while i <= j && a[j] > a[0] {
            j -= 1;
        }
        if i >= j {
            break;
        }
        a.swap(i, j);
        i += 1;
        j -= 1;
    }
    a.swap(0, j);
    j
}

fn quick<T: Ord>(a: &mut [T], rng: &mut Rand) {
    let mut a = a;
    while a.len() > 1 {
        let p = hoare(a, rng);
        let (l, r) = a.split_at_mut(p);
        let r = &mut r[1..];
        if l.len() <= r.len() {
            quick(l, rng);
            a = r;
        } else {
            quick(r, rng);
            a = l;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = Rand(0x9E37_79B9_7F4A_7C15 | 1);
    quick(items, &mut rng);
}

fn merge_into<T: Ord + Clone>(a: &[T], b: &[T], out: &mut [T]) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_b = i == a.len() || (j < b.len() && b[j] < a[i]);
        if take_b {
            *slot = b[j].clone();
            j += 1;
        } else {
            *slot = a[i].clone();
            i += 1;
        }
    }
}

fn msort<T: Ord + Clone>(items: &mut [T], scratch: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    {
        let (l, r) = items.split_at_mut(mid);
        let (sl, sr) = scratch.split_at_mut(mid);
        msort(l, sl);
        msort(r, sr);
    }
    merge_into(&items[..mid], &items[mid..], &mut scratch[..n]);
    items.clone_from_slice(&scratch[..n]);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    msort(items, &mut scratch);
}
