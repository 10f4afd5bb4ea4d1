package org.convoca.api;

import org.convoca.workspace.ApiKeys;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link ApiCaller} from the {@code OSDI-API-Token} header, or refuses the request with 401. */
class ApiCallers implements HandlerMethodArgumentResolver {

    static final String HEADER = "OSDI-API-Token";

    private final ApiKeys keys;

    ApiCallers(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiCaller.class;
    }

    @Override
    public ApiCaller resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED,
                    "This request needs an API key in the " + HEADER + " header.");
        }
        return keys.workspaceFor(key).map(ApiCaller::new).orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED,
                "The API key in the " + HEADER + " header is not valid, or has been revoked."));
    }
}
