// learner: optimal
// idiom: three-state AtomicU8 (empty/running/ready) with a Condvar for waiters and a drop guard that resets on panic; the readers' fast path is one Acquire load, the `while` wait loop only runs during initialisation
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

pub struct OnceCell<T> {
    state: AtomicU8,
    lock: Mutex<()>,
    cv: Condvar,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: only the thread that moved state EMPTY -> RUNNING (under `lock`) writes `value`,
// and it publishes READY with Release; readers touch `value` after an Acquire load of READY.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

/// Resets the cell to EMPTY and wakes the waiters if the initialiser unwinds.
struct ResetOnPanic<'a> {
    state: &'a AtomicU8,
    lock: &'a Mutex<()>,
    cv: &'a Condvar,
}

impl Drop for ResetOnPanic<'_> {
    fn drop(&mut self) {
        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        self.state.store(EMPTY, Ordering::Release);
        self.cv.notify_all();
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            lock: Mutex::new(()),
            cv: Condvar::new(),
            value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.state.load(Ordering::Acquire) == READY {
            // SAFETY: READY is final and published after the write.
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        {
            let mut guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
            while self.state.load(Ordering::Acquire) == RUNNING {
                guard = self.cv.wait(guard).unwrap_or_else(PoisonError::into_inner);
            }
            if let Some(v) = self.get() {
                return v;
            }
            self.state.store(RUNNING, Ordering::Relaxed);
        }
        let reset = ResetOnPanic { state: &self.state, lock: &self.lock, cv: &self.cv };
        let v = init();
        std::mem::forget(reset);
        // SAFETY: we are the only thread in RUNNING; readers wait for READY.
        unsafe { *self.value.get() = Some(v) };
        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        self.state.store(READY, Ordering::Release);
        self.cv.notify_all();
        drop(_g);
        self.get().unwrap()
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
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
                Some(f) => f(),
                None => panic!("Lazy instance has previously been poisoned"),
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
