// Counting digits divides by ten each time: logarithmic.
// expect digit_sum: time O(log n), space O(1)
pub fn digit_sum(mut n: u64) -> u64 {
    let mut sum = 0;
    while n > 0 {
        sum += n % 10;
        n /= 10;
    }
    sum
}
