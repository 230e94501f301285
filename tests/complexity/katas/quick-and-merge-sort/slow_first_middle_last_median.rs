// learner: slow
// why: quicksort is ~O(n^1.5) time on sorted input, target O(n log n): median of first/middle/last is a poor sample of what the 3-way partition leaves behind
fn median3<T: Ord>(v: &[T], a: usize, b: usize, c: usize) -> usize {
    if v[a] < v[b] {
        if v[b] < v[c] {
            b
        } else if v[a] < v[c] {
            c
        } else {
            a
        }
    } else if v[a] < v[c] {
        a
    } else if v[b] < v[c] {
        c
    } else {
        b
    }
}

fn quick<T: Ord>(v: &mut [T]) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let p = median3(v, 0, n / 2, n - 1);
    v.swap(0, p);
    // [0, lt) less, [lt, i) equal, [gt, n) greater
    let mut lt = 0;
    let mut i = 1;
    let mut gt = n;
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
    let (left, rest) = v.split_at_mut(lt);
    let right = &mut rest[gt - lt..];
    if left.len() < right.len() {
        quick(left);
        quick(right);
    } else {
        quick(right);
        quick(left);
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    quick(items);
}

fn merge_rec<T: Ord + Clone>(v: &mut [T], tmp: &mut Vec<T>) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    merge_rec(&mut v[..mid], tmp);
    merge_rec(&mut v[mid..], tmp);
    tmp.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if v[j] < v[i] {
            tmp.push(v[j].clone());
            j += 1;
        } else {
            tmp.push(v[i].clone());
            i += 1;
        }
    }
    tmp.extend_from_slice(&v[i..mid]);
    tmp.extend_from_slice(&v[j..n]);
    v.clone_from_slice(tmp);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut tmp = Vec::with_capacity(items.len());
    merge_rec(items, &mut tmp);
}
