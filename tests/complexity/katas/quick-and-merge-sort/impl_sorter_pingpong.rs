// learner: optimal
// idiom: impl-block helpers: Hoare-style partition with pivot by median of quarter marks via sort3 on indices, tail loop on the larger side; top-down merge sort with one scratch buffer allocated once
fn ninther_index<T: Ord>(v: &[T]) -> usize {
    let n = v.len();
    let (mut a, mut b, mut c) = (n / 4, n / 2, (3 * n) / 4);
    if v[b] < v[a] {
        std::mem::swap(&mut a, &mut b);
    }
    if v[c] < v[b] {
        std::mem::swap(&mut b, &mut c);
        if v[b] < v[a] {
            std::mem::swap(&mut a, &mut b);
        }
    }
    b
}

struct Quick;

impl Quick {
    fn sort<T: Ord>(mut v: &mut [T]) {
        loop {
            let n = v.len();
            if n <= 1 {
                return;
            }
            let p = ninther_index(v);
            v.swap(0, p);
            // three-way: [0, lt) < p, [lt, i) == p, [gt, n) > p
            let mut lt = 0;
            let mut i = 1;
            let mut gt = n;
            while i < gt {
                if v[i] < v[lt] {
                    v.swap(i, lt);
                    lt += 1;
                    i += 1;
                } else if v[lt] < v[i] {
                    gt -= 1;
                    v.swap(i, gt);
                } else {
                    i += 1;
                }
            }
            let tmp = v;
            let (small_first, rest) = tmp.split_at_mut(lt);
            let big_tail = &mut rest[gt - lt..];
            if small_first.len() <= big_tail.len() {
                Self::sort(small_first);
                v = big_tail;
            } else {
                Self::sort(big_tail);
                v = small_first;
            }
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    Quick::sort(items);
}

fn merge_into<T: Ord + Clone>(src: &[T], mid: usize, dst: &mut [T]) {
    let (left, right) = src.split_at(mid);
    let mut l = left.iter().peekable();
    let mut r = right.iter().peekable();
    for slot in dst.iter_mut() {
        let take_left = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => b >= a,
            (Some(_), None) => true,
            _ => false,
        };
        *slot = if take_left { l.next() } else { r.next() }.unwrap().clone();
    }
}

fn msort<T: Ord + Clone>(items: &mut [T], scratch: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    {
        let (a, b) = items.split_at_mut(mid);
        let (sa, sb) = scratch.split_at_mut(mid);
        msort(a, sa);
        msort(b, sb);
    }
    merge_into(items, mid, scratch);
    items.clone_from_slice(scratch);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    msort(items, &mut scratch);
}
