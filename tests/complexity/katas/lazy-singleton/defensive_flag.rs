// learner: optimal
// idiom: defensive beginner: explicit matches on lock results, early returns, a separate re-check, mem::take on the stored initialiser
use std::cell::UnsafeCell;
use std::mem;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

pub struct OnceCell<T> {
    done: AtomicBool,
    guard: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: the slot is only written under `guard` while `done` is false; once
// `done` is true (stored with Release) nobody writes it again, and readers load
// `done` with Acquire before touching it.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { done: AtomicBool::new(false), guard: Mutex::new(()), slot: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        let ready = self.done.load(Ordering::Acquire);
        if !ready {
            return None;
        }
        let slot: &Option<T> = unsafe { &*self.slot.get() };
        match slot {
            Some(value) => Some(value),
            None => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        match self.get() {
            Some(value) => return value,
            None => {}
        }
        let lock = match self.guard.lock() {
            Ok(lock) => lock,
            Err(poisoned) => poisoned.into_inner(),
        };
        if self.done.load(Ordering::Acquire) {
            drop(lock);
            return match self.get() {
                Some(value) => value,
                None => unreachable!("done is set, so the slot is filled"),
            };
        }
        let value = init();
        unsafe {
            *self.slot.get() = Some(value);
        }
        self.done.store(true, Ordering::Release);
        drop(lock);
        match self.get() {
            Some(value) => value,
            None => unreachable!("just stored"),
        }
    }

    pub fn into_inner(self) -> Option<T> {
        let mut this = self;
        mem::take(this.slot.get_mut())
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
            let mut stored = match this.init.lock() {
                Ok(g) => g,
                Err(p) => p.into_inner(),
            };
            let f = mem::take(&mut *stored);
            drop(stored);
            match f {
                Some(f) => f(),
                None => panic!("Lazy: the initialiser panicked earlier"),
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
