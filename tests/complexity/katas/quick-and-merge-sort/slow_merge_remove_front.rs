// learner: slow
// why: merge_sort is O(n^2) time, target O(n log n): the merge pops the front of each half with Vec::remove(0), shifting the rest every time
fn merge<T: Ord + Clone>(mut left: Vec<T>, mut right: Vec<T>) -> Vec<T> {
    let mut result = Vec::new();
    while !left.is_empty() && !right.is_empty() {
        if left[0] <= right[0] {
            result.push(left.remove(0));
        } else {
            result.push(right.remove(0));
        }
    }
    result.append(&mut left);
    result.append(&mut right);
    result
}

fn sorted<T: Ord + Clone>(v: Vec<T>) -> Vec<T> {
    if v.len() <= 1 {
        return v;
    }
    let mut left = v;
    let right = left.split_off(left.len() / 2);
    merge(sorted(left), sorted(right))
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let out = sorted(items.to_vec());
    items.clone_from_slice(&out);
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut s = items;
    while s.len() > 1 {
        let n = s.len();
        s.swap(0, n / 2);
        let (mut lt, mut i, mut gt) = (0, 1, n);
        while i < gt {
            if s[i] < s[lt] {
                s.swap(i, lt);
                lt += 1;
                i += 1;
            } else if s[i] > s[lt] {
                gt -= 1;
                s.swap(i, gt);
            } else {
                i += 1;
            }
        }
        let all = std::mem::take(&mut s);
        let (a, b) = all.split_at_mut(lt);
        let b = &mut b[gt - lt..];
        if a.len() < b.len() {
            quicksort(a);
            s = b;
        } else {
            quicksort(b);
            s = a;
        }
    }
}
