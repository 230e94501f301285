// The first element as the pivot, with names that merely look random
// (`operand`, `rand_like`): still a fixed position, O(n^2) on sorted input.
// expect order: time O(n^2), space O(n)
// target order: time O(n log n), space O(log n)
// unsure: the pivot position makes it O(n^2) only on some inputs; measurement on sorted input decides
pub fn order(operand: &mut [i64]) {
    if operand.len() < 2 {
        return;
    }
    let rand_like = operand[0];
    let mut wall = 1;
    for k in 1..operand.len() {
        if operand[k] < rand_like {
            operand.swap(k, wall);
            wall += 1;
        }
    }
    operand.swap(0, wall - 1);
    order(&mut operand[..wall - 1]);
    order(&mut operand[wall..]);
}
