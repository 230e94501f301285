// learner: optimal
// idiom: competitive programmer: AtomicBool + Mutex<()> + UnsafeCell<Option<T>>, shortest double-checked lock
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering::*};
use std::sync::Mutex;

pub struct OnceCell<T> {
    r: AtomicBool,
    m: Mutex<()>,
    v: UnsafeCell<Option<T>>,
}

// written once under m before r=true (Release); read only after r (Acquire)
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { r: AtomicBool::new(false), m: Mutex::new(()), v: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.r.load(Acquire) { unsafe { (*self.v.get()).as_ref() } } else { None }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        if let Some(x) = self.get() { return x; }
        let _g = self.m.lock().unwrap_or_else(|e| e.into_inner());
        if !self.r.load(Acquire) {
            let x = f();
            unsafe { *self.v.get() = Some(x) };
            self.r.store(true, Release);
        }
        unsafe { (*self.v.get()).as_ref().unwrap() }
    }

    pub fn into_inner(self) -> Option<T> { self.v.into_inner() }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self { Self::new() }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(s: &Self) -> &T {
        s.cell.get_or_init(|| {
            let f = s.init.lock().unwrap_or_else(|e| e.into_inner()).take();
            f.expect("Lazy poisoned")()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T { Lazy::force(self) }
}
