// learner: slow
// why: quicksort is O(n^2) time on sorted input, target O(n log n): the pivot is always the first item, so each pass splits off one item
fn partition<T: Ord>(v: &mut [T]) -> (usize, usize) {
    // pivot = v[0]; three-way so equal keys are fine, but the pivot choice is not
    let (mut lt, mut i, mut gt) = (0, 1, v.len());
    while i < gt {
        if v[i] < v[lt] {
            v.swap(i, lt);
            lt += 1;
            i += 1;
        } else if v[i] > v[lt] {
            gt -= 1;
            v.swap(i, gt);
        } else {
            i += 1;
        }
    }
    (lt, gt)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    loop {
        if v.len() < 2 {
            return;
        }
        let (lt, gt) = partition(v);
        let (small, rest) = v.split_at_mut(lt);
        let (_, big) = rest.split_at_mut(gt - lt);
        if small.len() < big.len() {
            quicksort(small);
            v = big;
        } else {
            quicksort(big);
            v = small;
        }
    }
}

fn merge_runs<T: Ord + Clone>(src: &[T], dst: &mut [T], mid: usize) {
    let (mut a, mut b) = (0, mid);
    for k in 0..src.len() {
        if b >= src.len() || (a < mid && src[a] <= src[b]) {
            dst[k] = src[a].clone();
            a += 1;
        } else {
            dst[k] = src[b].clone();
            b += 1;
        }
    }
}

fn sort_into<T: Ord + Clone>(v: &mut [T], buf: &mut [T]) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    sort_into(&mut v[..mid], &mut buf[..mid]);
    sort_into(&mut v[mid..], &mut buf[mid..]);
    merge_runs(v, buf, mid);
    v.clone_from_slice(buf);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut buf = items.to_vec();
    sort_into(items, &mut buf);
}
