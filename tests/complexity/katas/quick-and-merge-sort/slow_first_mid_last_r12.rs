// learner: slow
// why: quicksort is ~O(n^1.5) comparisons on sorted input, target O(n log n): median of first/middle/last plus a 3-way partition that throws larger items to the back leaves poor samples at every level
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let n = v.len();
        let (a, b, c) = (0, n / 2, n - 1);
        let m = if (v[a] <= v[b]) == (v[b] <= v[c]) {
            b
        } else if (v[b] <= v[a]) == (v[a] <= v[c]) {
            a
        } else {
            c
        };
        v.swap(0, m);
        let (mut lt, mut i, mut gt) = (0, 1, n);
        while i < gt {
            if v[i] < v[lt] {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            } else if v[i] > v[lt] {
                gt -= 1;
                v.swap(i, gt);
            } else {
                i += 1;
            }
        }
        let (l, r) = v.split_at_mut(lt);
        let r = &mut r[gt - lt..];
        if l.len() < r.len() {
            quicksort(l);
            v = r;
        } else {
            quicksort(r);
            v = l;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    {
        let (a, b) = items.split_at(mid);
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if j == b.len() || (i < a.len() && a[i] <= b[j]) {
                out.push(a[i].clone());
                i += 1;
            } else {
                out.push(b[j].clone());
                j += 1;
            }
        }
    }
    items.clone_from_slice(&out);
}
