// learner: optimal
// idiom: three-state AtomicU8 (empty/running/ready) with a Condvar for waiters and a Drop guard that resets on panic; no lock held while init runs
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    waiters: Mutex<()>,
    changed: Condvar,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: only the thread that moved `state` from EMPTY to RUNNING writes
// `value`, and it publishes with a Release store of READY; readers load
// READY with Acquire first. After READY the value is never written again.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

/// Resets the state to EMPTY if the initialiser unwinds, and wakes waiters
/// in every case.
struct Running<'a, T> {
    cell: &'a OnceCell<T>,
    finished: bool,
}

impl<T> Drop for Running<'_, T> {
    fn drop(&mut self) {
        if !self.finished {
            self.cell.state.store(EMPTY, Ordering::Release);
        }
        let _lock = self.cell.waiters.lock().unwrap_or_else(PoisonError::into_inner);
        self.cell.changed.notify_all();
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            waiters: Mutex::new(()),
            changed: Condvar::new(),
            value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.state.load(Ordering::Acquire) == READY {
            // SAFETY: READY was observed with Acquire.
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let mut init = Some(init);
        loop {
            match self.state.compare_exchange(EMPTY, RUNNING, Ordering::Acquire, Ordering::Acquire) {
                Ok(_) => {
                    let mut guard = Running { cell: self, finished: false };
                    let v = (init.take().expect("init used once"))();
                    // SAFETY: we own the RUNNING state; nobody else touches `value`.
                    unsafe { *self.value.get() = Some(v) };
                    self.state.store(READY, Ordering::Release);
                    guard.finished = true;
                    drop(guard);
                    return self.get().expect("just published");
                }
                Err(READY) => return self.get().expect("observed READY"),
                Err(_) => {
                    let lock = self.waiters.lock().unwrap_or_else(PoisonError::into_inner);
                    let _lock = self
                        .changed
                        .wait_while(lock, |_| self.state.load(Ordering::Acquire) == RUNNING)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            }
        }
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

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        if let Some(v) = this.cell.get() {
            return v;
        }
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            if let Some(f) = taken {
                f()
            } else {
                panic!("Lazy: the initialiser panicked earlier; this value is poisoned")
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
