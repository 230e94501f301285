// learner: optimal
// idiom: OOP: AtomicPtr<T> to a leaked Box as the published value, a private Slot guard-free design with load()/publish()/reclaim() methods, Mutex<()> for writers, Drop reclaims the box
//! One-time initialisation that is safe under many threads.
//!
//! Build it from `std::sync::Mutex` / `Condvar` / atomics and an
//! `UnsafeCell`; `std::sync::{Once, OnceLock, LazyLock}` and
//! `std::cell::{OnceCell, LazyCell}` are off limits (that is the exercise).

use std::marker::PhantomData;
use std::ops::Deref;
use std::sync::Mutex;

use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

pub struct OnceCell<T> {
    published: AtomicPtr<T>,
    writers: Mutex<()>,
    _owns: PhantomData<Box<T>>,
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { published: AtomicPtr::new(ptr::null_mut()), writers: Mutex::new(()), _owns: PhantomData }
    }

    fn load(&self) -> Option<&T> {
        let p = self.published.load(Ordering::Acquire);
        // SAFETY: a non-null pointer came from Box::into_raw in `publish` and lives as long as self.
        unsafe { p.as_ref() }
    }

    fn publish(&self, value: T) -> &T {
        let raw = Box::into_raw(Box::new(value));
        self.published.store(raw, Ordering::Release);
        // SAFETY: just created, owned by the cell.
        unsafe { &*raw }
    }

    fn reclaim(&mut self) -> Option<Box<T>> {
        let p = std::mem::replace(self.published.get_mut(), ptr::null_mut());
        // SAFETY: p came from Box::into_raw and is taken out exactly once.
        (!p.is_null()).then(|| unsafe { Box::from_raw(p) })
    }

    pub fn get(&self) -> Option<&T> {
        self.load()
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.load() {
            return v;
        }
        let _w = self.writers.lock().unwrap_or_else(|e| e.into_inner());
        match self.load() {
            Some(v) => v,
            None => self.publish(init()),
        }
    }

    pub fn into_inner(mut self) -> Option<T> {
        self.reclaim().map(|b| *b)
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        drop(self.reclaim());
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
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    ///
    /// # Panics
    /// If the initialiser panicked on an earlier access (it is gone then),
    /// every later access panics too.
    pub fn force(this: &Self) -> &T {
        if let Some(v) = this.cell.get() {
            return v;
        }
        this.cell.get_or_init(|| {
            let taken = match this.init.lock() {
                Ok(mut g) => g.take(),
                Err(poisoned) => poisoned.into_inner().take(),
            };
            match taken {
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
