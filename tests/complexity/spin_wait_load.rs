// A loop that only goes round while another thread has not finished
// initialising: waiting, not work that grows with n.
// expect Cell::wait_ready: time O(1), space O(1)
// expect Cell::get: time O(1), space O(1)
// target Cell::wait_ready: time O(1), space O(1)
// target Cell::get: time O(1), space O(1)
use std::sync::atomic::{AtomicU8, Ordering};
pub struct Cell {
    state: AtomicU8,
    value: std::cell::UnsafeCell<Option<u64>>,
}
impl Cell {
    pub fn wait_ready(&self) {
        loop {
            let s = self.state.load(Ordering::Acquire);
            if s == 2 {
                break;
            }
            std::hint::spin_loop();
        }
    }
    pub fn get(&self) -> Option<u64> {
        while self.state.load(Ordering::Acquire) == 1 {
            std::thread::yield_now();
        }
        unsafe { *self.value.get() }
    }
}
