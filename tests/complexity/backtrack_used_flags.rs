// Permutations by backtracking: the `taken[i]` check sits inside the loop
// and is undone after the call, so it is no memo table.
// expect perms: time O(2^n), space O(n)
pub fn perms(items: &[i32], taken: &mut Vec<bool>, cur: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
    if cur.len() == items.len() {
        out.push(cur.clone());
        return;
    }
    for i in 0..items.len() {
        if taken[i] {
            continue;
        }
        taken[i] = true;
        cur.push(items[i]);
        perms(items, taken, cur, out);
        cur.pop();
        taken[i] = false;
    }
}
