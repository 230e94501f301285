// learner: optimal
// idiom: Perl-ish state machine: one AtomicU8 (0 empty / 1 busy / 2 done) + Mutex<()> + Condvar for waiters, a drop guard that resets to 0 if init panics
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering::*};
use std::sync::{Condvar, Mutex, PoisonError};

const EMPTY: u8 = 0;
const BUSY: u8 = 1;
const DONE: u8 = 2;

pub struct OnceCell<T> {
    st: AtomicU8,
    mu: Mutex<()>,
    cv: Condvar,
    v: UnsafeCell<Option<T>>,
}

// SAFETY: only the thread that moved st EMPTY->BUSY (under mu) writes v, and readers touch v
// only after seeing DONE with Acquire; after DONE v is immutable.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

struct Reset<'a, T>(&'a OnceCell<T>);

impl<T> Drop for Reset<'_, T> {
    fn drop(&mut self) {
        // init panicked: back to EMPTY and wake one waiter up to have a go
        let _g = self.0.mu.lock().unwrap_or_else(PoisonError::into_inner);
        self.0.st.store(EMPTY, Release);
        self.0.cv.notify_all();
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { st: AtomicU8::new(EMPTY), mu: Mutex::new(()), cv: Condvar::new(), v: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.st.load(Acquire) != DONE { return None; }
        unsafe { (*self.v.get()).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(x) = self.get() { return x; }
        let mut g = self.mu.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            match self.st.load(Acquire) {
                DONE => { drop(g); return self.get().unwrap(); }
                BUSY => { g = self.cv.wait(g).unwrap_or_else(PoisonError::into_inner); }
                _ => break,
            }
        }
        self.st.store(BUSY, Relaxed);
        drop(g);
        let reset = Reset(self);
        let x = init();
        std::mem::forget(reset);
        unsafe { *self.v.get() = Some(x); }
        let _g = self.mu.lock().unwrap_or_else(PoisonError::into_inner);
        self.st.store(DONE, Release);
        self.cv.notify_all();
        drop(_g);
        self.get().unwrap()
    }

    pub fn into_inner(self) -> Option<T> {
        self.v.into_inner()
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
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            let Some(f) = taken else {
                panic!("Lazy instance has previously been poisoned");
            };
            f()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
