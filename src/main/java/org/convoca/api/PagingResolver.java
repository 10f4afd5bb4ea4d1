package org.convoca.api;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link Paging} from {@code page} and {@code per_page}. A {@code per_page} above the maximum is lowered
 * to it, as Action Network does, rather than refused; a page past the end is simply empty.
 */
class PagingResolver implements HandlerMethodArgumentResolver {

    /** Far past any real collection, yet small enough that the offset cannot overflow. */
    private static final long LAST_PAGE = Long.MAX_VALUE / (Paging.MAX + 1);

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class;
    }

    @Override
    public Paging resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        long page = number(request.getParameter("page"), "page", 1);
        long perPage = number(request.getParameter("per_page"), "per_page", Paging.MAX);
        return new Paging(Math.min(page, LAST_PAGE), (int) Math.min(perPage, Paging.MAX));
    }

    private static long number(String text, String name, long fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below with the same sentence as a number below 1
        }
        throw ApiException.badRequest(name + " must be a whole number of 1 or more, not \""
                + ApiFilter.shorten(text) + "\".");
    }
}
