// learner: optimal
// idiom: competitive-programmer style: terse names, an AtomicU8 state, everything inline in get_or_init
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering::*};
use std::sync::Mutex;

pub struct OnceCell<T> {
    s: AtomicU8,
    m: Mutex<()>,
    v: UnsafeCell<Option<T>>,
}

unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { s: AtomicU8::new(0), m: Mutex::new(()), v: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.s.load(Acquire) == 1 { unsafe { (*self.v.get()).as_ref() } } else { None }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        if self.s.load(Acquire) != 1 {
            let _g = match self.m.lock() { Ok(g) => g, Err(e) => e.into_inner() };
            if self.s.load(Acquire) != 1 {
                let x = f();
                unsafe { *self.v.get() = Some(x) };
                self.s.store(1, Release);
            }
        }
        unsafe { (*self.v.get()).as_ref().unwrap() }
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
        this.cell.get_or_init(|| match this.init.lock() { Ok(mut g) => g.take(), Err(e) => e.into_inner().take() }.expect("Lazy poisoned")())
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
