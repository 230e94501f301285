// learner: optimal
// idiom: Clojure developer: state as one atom (EMPTY/RUNNING/READY) claimed with compare-and-set!, waiters park on a Condvar, a reset-on-drop guard handles a throwing initialiser
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering::*};
use std::sync::{Condvar, Mutex};

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    parked: Mutex<()>,
    wake: Condvar,
    value: UnsafeCell<Option<T>>,
}

// The value is written once by the thread that won the EMPTY -> RUNNING swap,
// then published with READY (Release); readers observe READY with Acquire.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

/// Puts the cell back to EMPTY if the initialiser unwinds, and always wakes waiters.
struct Claim<'a, T> {
    cell: &'a OnceCell<T>,
    done: bool,
}

impl<T> Drop for Claim<'_, T> {
    fn drop(&mut self) {
        let next = if self.done { READY } else { EMPTY };
        let _lock = self.cell.parked.lock().unwrap_or_else(|e| e.into_inner());
        self.cell.state.store(next, Release);
        self.cell.wake.notify_all();
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            parked: Mutex::new(()),
            wake: Condvar::new(),
            value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        match self.state.load(Acquire) {
            READY => unsafe { (*self.value.get()).as_ref() },
            _ => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut init = Some(init);
        loop {
            if let Some(v) = self.get() {
                return v;
            }
            match self.state.compare_exchange(EMPTY, RUNNING, Acquire, Acquire) {
                Ok(_) => {
                    let mut claim = Claim { cell: self, done: false };
                    let f = init.take().expect("initialiser used once");
                    let v = f();
                    unsafe { *self.value.get() = Some(v) };
                    claim.done = true;
                    drop(claim);
                }
                Err(_) => self.wait_while_running(),
            }
        }
    }

    fn wait_while_running(&self) {
        let lock = self.parked.lock().unwrap_or_else(|e| e.into_inner());
        let _unused = self
            .wake
            .wait_while(lock, |_| self.state.load(Acquire) == RUNNING)
            .unwrap_or_else(|e| e.into_inner());
    }

    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(|e| e.into_inner()).take();
            f.map(|f| f()).unwrap_or_else(|| panic!("Lazy poisoned: its initialiser panicked"))
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
